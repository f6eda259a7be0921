import { createRouter, createWebHashHistory } from 'vue-router'

// Hash history: the Wails asset server serves only files, so deep links must live after the '#'.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('./views/HomeView.vue') },
    { path: '/customers', name: 'customers', component: () => import('./views/CustomersView.vue') },
    { path: '/customers/:id', name: 'customer', component: () => import('./views/CustomerView.vue'), props: true },
    { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
