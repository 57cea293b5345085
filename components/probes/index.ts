export { ConnectivityPanel, unsavedEditsNote } from "./connectivity-panel";
export { ScheduledChecksPanel } from "./scheduled-checks-panel";
