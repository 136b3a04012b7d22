import type { Component } from 'vue';

/** A screen's component, loaded the first time the screen is opened. */
export type Lazy = () => Promise<Component | { default: Component }>;
