import { mountApp } from '../../common/app-shell';
import { forgeBridge } from '../../common/forge-bridge';
import { AgentPanel } from './agent-panel';

mountApp(forgeBridge, () => <AgentPanel />);
