// Kept so `./config.js` imports go on working: the configuration code lives in src/config/.
export * from './config/index.js'
