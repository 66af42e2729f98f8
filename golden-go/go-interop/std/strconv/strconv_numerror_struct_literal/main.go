package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func main() {
	ne := strconv.NumError{Func: "ParsePort", Num: "80x", Err: lisette.Nilable(lisette.MakeOptionSome[error](strconv.ErrSyntax))}
	var e error = &ne
	fmt.Println(e)
	fmt.Println(errors.Is(e, strconv.ErrSyntax), errors.Is(e, strconv.ErrRange))
	bare := strconv.NumError{Func: "F", Num: "", Err: lisette.Nilable(lisette.MakeOptionNone[error]())}
	fmt.Println(bare.Func, lisette.OptionNilable(bare.Err).IsNone())
	fmt.Println(strconv.IntSize)
}
