import { mount } from 'svelte';
import App from './App.svelte';
import { api, installTestHooks } from './ipc/api';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

installTestHooks();

export default mount(App, { target, props: { api } });
