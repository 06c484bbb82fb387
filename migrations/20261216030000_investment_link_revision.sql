-- The links of a board's investment lines to the ledger are saved as a compare-and-set, like the
-- budget's other saves: a save names the revision it was made on and is refused (409) when that
-- is no longer the stored one. One revision for all the board's links, because a code may move
-- from one line to another. No row: never saved since revisions began.
CREATE TABLE investment_link_revision (
  municipality_id uuid NOT NULL,
  board_id uuid NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by text,
  PRIMARY KEY (municipality_id, board_id),
  FOREIGN KEY (municipality_id, board_id) REFERENCES board (municipality_id, id)
);
