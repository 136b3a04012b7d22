// The station console: Vue 3 with Vant for the phone screens and Element Plus for the desktop
// tables, on hash routes served by the gateway at /.
import 'vant/lib/index.css';
import 'element-plus/dist/index.css';
import './styles.css';
import './theme.css';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router.ts';

createApp(App).use(router).mount('#app');
