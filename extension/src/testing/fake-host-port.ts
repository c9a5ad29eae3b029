/**
 * For engine host tests: a port to `answer` (an engine session, or a stand-in) that copies every
 * message as JSON both ways, as a runtime port does, and delivers replies in later tasks. It
 * records what the page sent and what the host replied.
 */
import { engineSession } from "../host/engine-session";
import type { HostPort } from "../host/host-client";
import type { ToEngineHost } from "../platform/messages";

export interface FakeHost {
  port: HostPort;
  sent: ToEngineHost[];
  replies: unknown[];
}

export function fakeHost(answer: (message: unknown) => unknown[] = engineSession()): FakeHost {
  const sent: ToEngineHost[] = [];
  const replies: unknown[] = [];
  const listeners: ((message: unknown) => void)[] = [];
  const port: HostPort = {
    postMessage(message) {
      sent.push(message);
      for (const reply of answer(JSON.parse(JSON.stringify(message)))) {
        replies.push(reply);
        const copy = JSON.stringify(reply);
        setTimeout(() => {
          for (const listener of listeners) listener(JSON.parse(copy));
        }, 0);
      }
    },
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
  };
  return { port, sent, replies };
}
