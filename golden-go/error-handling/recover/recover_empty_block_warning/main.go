package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	r := lisette.RecoverBlock(func() struct{} {
		return struct{}{}
	})
	fmt.Println(r.IsOk())
}
