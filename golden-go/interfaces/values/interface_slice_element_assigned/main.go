package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Piece interface {
	Symbol() string
}

type Pawn struct{}

func (v Pawn) String() string {
	return "Pawn {}"
}

type Queen struct{}

func (v Queen) String() string {
	return "Queen {}"
}

func (self Pawn) Symbol() string {
	return "p"
}

func (self Queen) Symbol() string {
	return "Q"
}

func render(row []Piece) string {
	return lisette.SliceFold(row, "", func(acc string, p Piece) string {
		return acc + p.Symbol()
	})
}

func main() {
	row := []Piece{Pawn{}, Pawn{}, Pawn{}, Pawn{}}
	fmt.Println(render(row))
	row[2] = Queen{}
	fmt.Println(render(row))
}
