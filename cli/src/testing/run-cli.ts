/** Runs `gapmap` in this process with captured output, for command tests. */
import { memoryIo } from "../io";
import { main } from "../main";

export async function runCli(...args: string[]) {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
