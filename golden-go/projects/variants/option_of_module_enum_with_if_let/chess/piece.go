package chess

import lisette "lisette.dev/prelude"

type PieceTag int

const (
	PiecePawn PieceTag = iota
	PieceRook
	PieceQueen
)

type Piece struct {
	Tag PieceTag
}

func (v Piece) String() string {
	switch v.Tag {
	case PiecePawn:
		return "Piece.Pawn"
	case PieceRook:
		return "Piece.Rook"
	}
	return "Piece.Queen"
}

func At(square string) lisette.Option[Piece] {
	if square == "a1" {
		return lisette.MakeOptionSome[Piece](Piece{Tag: PieceRook})
	} else if square == "d1" {
		return lisette.MakeOptionSome[Piece](Piece{Tag: PieceQueen})
	} else {
		return lisette.MakeOptionNone[Piece]()
	}
}
