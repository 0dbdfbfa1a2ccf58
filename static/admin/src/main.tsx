import { mountApp } from '../../common/app-shell';
import { forgeBridge } from '../../common/forge-bridge';
import { AdminApp } from './admin-app';
import './admin.css';

mountApp(forgeBridge, () => <AdminApp />);
