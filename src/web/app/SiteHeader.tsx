import { useState } from 'react';
import { Link } from 'react-router';
import { ACCOUNT_PATH } from './navigation';
import { useSession, useUser } from './session-context';
import { SelectField } from '../ui/SelectField';
import { useBoardSelection, type BoardChoice } from './board-context';

const choiceLabel = ({ municipality, board }: BoardChoice): string =>
  `${municipality.name} · ${board.name}`;

/** Which municipality and board the pages show; a choice when there are several. */
function BoardContextInfo() {
  const selection = useBoardSelection();
  if (selection.status !== 'ready') return null;
  if (selection.choices.length === 1) {
    return <p className="site-header__context">{choiceLabel(selection.selected)}</p>;
  }
  return (
    <SelectField
      className="site-header__picker"
      label="Nämnd"
      value={selection.selected.board.id}
      options={selection.choices.map((choice) => ({
        value: choice.board.id,
        label: choiceLabel(choice),
      }))}
      onChange={selection.selectBoard}
    />
  );
}

/** Who is signed in, their account page and the way out. */
function UserMenu() {
  const session = useSession();
  const user = useUser();
  const [busy, setBusy] = useState(false);
  return (
    <div className="site-header__user">
      <Link to={ACCOUNT_PATH} className="site-header__user-name">
        {user.displayName}
        <span className="visually-hidden"> – mitt konto</span>
      </Link>
      <button
        type="button"
        className="button button--header"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void session.signOut().finally(() => {
            setBusy(false);
          });
        }}
      >
        Logga ut
      </button>
    </div>
  );
}

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          Nämndkoll
        </Link>
        <BoardContextInfo />
        <UserMenu />
      </div>
    </header>
  );
}
