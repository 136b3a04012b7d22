// The tree's open nodes, kept across visits so the tree opens the way the user left it.
import { reactive } from 'vue';

export const expanded = reactive(new Set<string>());
