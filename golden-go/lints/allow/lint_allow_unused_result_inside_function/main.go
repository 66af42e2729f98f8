package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func ping(host string) lisette.Result[int, string] {
	fmt.Println("ping", host)
	return lisette.MakeResultOk[int, string](1)
}

func warm_up() {
	_ = ping("a")
	_ = ping("b")
}

func main() {
	warm_up()
	_ = ping("c")
}
