export { ConnectivityPanel } from "./connectivity-panel";
