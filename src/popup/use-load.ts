/** Loading a background answer into a component, with a way to load again (after a failure or a change). */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Response } from '../shared/messages';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; value: T };

/**
 * Runs `load` now and whenever `key` changes; `reload()` runs it again. An answer that arrives after a newer
 * load started is dropped, so a slow first answer never overwrites a fresh one.
 */
export function useLoad<T>(
  load: () => Promise<Response<T>>,
  key: string,
): { loaded: Loaded<T>; reload: () => void; set: (value: T) => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let current = true;
    void loadRef.current().then((res) => {
      if (current)
        setLoaded(res.ok ? { status: 'ready', value: res.value } : { status: 'error', error: res.error });
    });
    return () => {
      current = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const set = useCallback((value: T) => setLoaded({ status: 'ready', value }), []);
  return { loaded, reload, set };
}
