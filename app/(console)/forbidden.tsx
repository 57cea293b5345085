import { ForbiddenNotice } from "@/components/shell/forbidden-notice";

/**
 * forbidden() from a console page renders inside the console layout, which already draws the
 * shell: without this file the root one would add a second shell (two "Main" navigations, a
 * main landmark inside another).
 */
export default function Forbidden() {
  return <ForbiddenNotice />;
}
