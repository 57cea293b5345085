import { isValidElement, type ReactElement, type ReactNode } from "react";

type Props = Record<string, unknown> & { children?: ReactNode };

/**
 * The first element in a component's returned tree whose props match, without rendering it: lets a
 * test call an element's handlers (onChange, onClick) as a user's input would, where no DOM is
 * available. Only for components without hooks, called as plain functions.
 */
export function findElement(node: ReactNode, match: (props: Props) => boolean): ReactElement<Props> | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child as ReactNode, match);
      if (found) return found;
    }
    return undefined;
  }
  if (!isValidElement<Props>(node)) return undefined;
  if (match(node.props)) return node;
  return findElement(node.props.children, match);
}

/** The element with this id, or a test failure naming it. */
export function elementById(node: ReactNode, id: string): ReactElement<Props> {
  const found = findElement(node, (props) => props.id === id);
  if (!found) throw new Error(`No element with id "${id}"`);
  return found;
}
