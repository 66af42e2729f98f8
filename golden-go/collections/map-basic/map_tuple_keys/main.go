package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	board := map[lisette.Tuple2[int, int]]string{}
	board[lisette.Tuple2[int, int]{First: 0, Second: 0}] = "X"
	board[lisette.Tuple2[int, int]{First: 1, Second: 2}] = "O"
	fmt.Println(board[lisette.Tuple2[int, int]{First: 1, Second: 2}], lisette.MapGet(board, lisette.Tuple2[int, int]{First: 2, Second: 2}), len(board))
}
