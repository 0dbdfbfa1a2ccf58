/**
 * The analytics gadget (`jira:dashboardGadget`). One resource serves both entry points, as the docs show
 * (manifest-reference/modules/jira-dashboard-gadget, "Conditional rendering"): `extension.entryPoint === 'edit'`
 * renders the edit mode, which saves with `view.submit`; otherwise the view reads `extension.gadgetConfiguration`.
 */
import { view } from '@forge/bridge';
import { mountApp } from '../../common/app-shell';
import { forgeBridge } from '../../common/forge-bridge';
import { GadgetEdit } from './gadget-edit';
import { GadgetView } from './gadget-view';
import { readConfiguration, today } from './period';
import './gadget.css';

mountApp(forgeBridge, (context) => {
  const config = readConfiguration(context.extension?.gadgetConfiguration);
  if (context.extension?.entryPoint === 'edit')
    return <GadgetEdit config={config} onSubmit={async (c) => void (await view.submit(c))} />;
  return <GadgetView config={config} todayDate={today(context.timezone)} />;
});
