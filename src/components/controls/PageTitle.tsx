import { SiteMenu } from './SiteMenu.tsx';

/**
 * The top left of a page other than the lab: the site menu (hidden in lecture mode) and the
 * page's one heading, "Faultline: <title>".
 */
export function PageTitle({ title }: { title: string }) {
  return (
    <div className="ctl-header-title">
      <span className="lecture-chrome">
        <SiteMenu />
      </span>
      <h1 className="ctl-title">
        <span className="ctl-brand">Faultline</span>
        <span className="visually-hidden">: </span>
        <span className="ctl-scenario-name">{title}</span>
      </h1>
    </div>
  );
}
