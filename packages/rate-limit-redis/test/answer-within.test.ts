import { describe, expect, it } from "vitest";
import { answerWithin, NoAnswerInTime } from "../src/internal/answer-within";

function busyFor(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {}
}

describe("answerWithin", () => {
  it("passes an answer on", async () => {
    await expect(answerWithin(50, async () => 7)).resolves.toBe(7);
  });

  it("gives up after the time when nothing answers", async () => {
    await expect(answerWithin(20, () => new Promise(() => {}))).rejects.toBeInstanceOf(NoAnswerInTime);
  });

  it("turns a synchronous throw into a rejection", async () => {
    await expect(
      answerWithin(20, () => {
        throw new Error("client closed");
      }),
    ).rejects.toThrow("client closed");
  });

  it("takes an answer that arrived while this process was stalled past the time, rather than timing out", async () => {
    // The "answer" is I/O completing during the stall: a timer that fired at 5 ms, read after the
    // stall like a socket reply would be.
    const answer = answerWithin(20, () => new Promise<string>((resolve) => setTimeout(() => setImmediate(() => resolve("reply")), 5)));
    busyFor(80);
    await expect(answer).resolves.toBe("reply");
  });
});
