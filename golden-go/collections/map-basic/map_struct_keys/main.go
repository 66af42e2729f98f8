package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cell struct {
	row int
	col int
}

func (v Cell) String() string {
	return "Cell { row: " + lisette.FormatValue(v.row) + ", col: " + lisette.FormatValue(v.col) + " }"
}

func main() {
	marks := map[Cell]string{}
	marks[Cell{row: 1, col: 1}] = "X"
	marks[Cell{row: 0, col: 2}] = "O"
	marks[Cell{row: 1, col: 1}] = "O"
	fmt.Println(len(marks), marks[Cell{row: 1, col: 1}])
}
