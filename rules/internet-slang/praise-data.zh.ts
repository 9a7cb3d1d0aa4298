// Praise that fits its subject, for Chinese slang that only says "great":
// data, read by praise.ts. A module rather than a JSON file read from disk,
// so that the browser build carries it too.
export default {
  "note": "Slang that only says 'great' (yyds, 绝绝子) is rewritten as the praise that fits what it praises. Each class names the nouns of a subject (Simplified; Traditional text is normalised first) and the plain praise for it. None says 最 or any absolute word: the praise must not become a promise.",
  "slang": [
    "yyds",
    "jue-jue-zi"
  ],
  "classes": [
    {
      "subjects": [
        "价格",
        "价钱",
        "性价比",
        "优惠",
        "折扣",
        "活动",
        "力度",
        "福利",
        "券",
        "价位",
        "赠品",
        "套餐",
        "满减"
      ],
      "praise": "很划算"
    },
    {
      "subjects": [
        "颜色",
        "颜值",
        "款式",
        "设计",
        "搭配",
        "外观",
        "配色",
        "造型",
        "样子",
        "包装",
        "图案",
        "上身",
        "版型"
      ],
      "praise": "很好看"
    },
    {
      "subjects": [
        "味道",
        "口感",
        "口味"
      ],
      "praise": "很不错"
    },
    {
      "subjects": [
        "质量",
        "做工",
        "品质",
        "材质",
        "面料",
        "手感",
        "用料"
      ],
      "praise": "很好"
    },
    {
      "subjects": [
        "服务",
        "售后",
        "客服",
        "态度"
      ],
      "praise": "很贴心"
    },
    {
      "subjects": [
        "物流",
        "速度",
        "发货",
        "快递",
        "配送"
      ],
      "praise": "很快"
    },
    {
      "subjects": [
        "效果",
        "保湿",
        "面霜",
        "精华",
        "产品",
        "商品",
        "东西",
        "款",
        "这个",
        "这支",
        "这瓶",
        "这件",
        "功能",
        "续航"
      ],
      "praise": "很好用"
    }
  ],
  "neutral": "很棒"
}
