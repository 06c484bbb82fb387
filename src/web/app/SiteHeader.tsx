import { Link } from 'react-router';
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

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          Nämndkoll
        </Link>
        <BoardContextInfo />
      </div>
    </header>
  );
}
