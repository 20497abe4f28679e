import { defineAsyncComponent, defineComponent, h, shallowRef, type Component } from 'vue';

/**
 * A part of the vote pages fetched the first time it shows, with nothing in its place until it has
 * arrived. A fetch that failed (the phone was between cells) is tried again the next time the part
 * shows. Vue's defineAsyncComponent does this with loading and error states these pages do not use,
 * for about 0.5 KB more in every phone's first load; the server, which draws the page with its parts
 * (voteServerRender.ts), waits for them with it.
 */
export function onDemand<T extends Component>(load: () => Promise<{ default: T }>): T {
  if (import.meta.env.SSR) return defineAsyncComponent(load) as T;
  const loaded = shallowRef<Component | null>(null);
  let requested = false;
  const part = defineComponent({
    inheritAttrs: false,
    setup(_props, { attrs, slots }) {
      if (!requested) {
        requested = true;
        load().then(
          (module) => {
            loaded.value = module.default;
          },
          (error: unknown) => {
            requested = false;
            throw error;
          },
        );
      }
      return () => (loaded.value ? h(loaded.value, attrs, slots) : null);
    },
  });
  return part as unknown as T;
}
