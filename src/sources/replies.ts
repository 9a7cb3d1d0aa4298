// Turns found messages into the engine's replies, keeping only the ones the
// speaker selection lints.
import type {Reply} from '../engine.js'
import type {FoundMessage} from './messages.js'
import type {SpeakerSelection} from './speakers.js'

export function repliesOf(found: readonly FoundMessage[], selection: SpeakerSelection): Reply[] {
  const replies: Reply[] = []
  for (const {text, speaker} of found) {
    if (!selection.accepts(speaker)) continue
    if (!text.value.trim()) continue
    replies.push({
      text: text.value,
      start: text.offsets ? text.offsets[0]! : text.start,
      ...(text.offsets ? {offsets: text.offsets} : {}),
      ...(text.encode ? {encode: text.encode} : {}),
      ...(speaker?.name ? {speaker: speaker.name} : {}),
    })
  }
  return replies
}

/** Shifts a reply found in a piece of text by `delta` offsets (for pieces cut out of a larger source). */
export function shiftReply(reply: Reply, delta: number): Reply {
  if (!delta) return reply
  const offsets = reply.offsets ? Array.from(reply.offsets, o => o + delta) : undefined
  return {...reply, start: reply.start + delta, ...(offsets ? {offsets} : {})}
}
