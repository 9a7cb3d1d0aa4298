// Plain text: the whole file is one reply.
import type {SourceFormat} from './index.js'

export const plainText: SourceFormat = {
  name: 'text',
  extensions: ['txt', 'text'],
  split: text => [{text, start: 0}],
}
