export { ConnectivityPanel, unsavedEditsNote } from "./connectivity-panel";
