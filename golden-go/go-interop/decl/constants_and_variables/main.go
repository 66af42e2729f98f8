package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"math"
	"os"
)

func main() {
	fmt.Println(math.MaxInt8, math.Pi > 3.14)
	fmt.Println(len(os.Args) >= 1)
	subject := lisette.ResultOfPtr(os.Open("/definitely/not/here"))
	if subject.Tag == lisette.ResultOk {
		f := subject.OkVal
		fmt.Println("opened", f.Name())
	} else {
		e := subject.ErrVal
		fmt.Println(errors.Is(e, os.ErrNotExist))
	}
}
