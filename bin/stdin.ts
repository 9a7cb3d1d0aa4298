// Reads all of stdin as bytes, to be decoded as a file is: its encoding and
// BOM recognised (and kept when --fix writes it back), binary input refused.
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
