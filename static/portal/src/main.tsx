import { mountApp } from '../../common/app-shell';
import { forgeBridge } from '../../common/forge-bridge';
import { PortalPanel } from './portal-panel';

mountApp(forgeBridge, () => <PortalPanel />);
