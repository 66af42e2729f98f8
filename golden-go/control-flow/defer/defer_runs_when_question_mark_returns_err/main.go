package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_port(s string) lisette.Result[int, string] {
	if s == "8080" {
		return lisette.MakeResultOk[int, string](8080)
	} else {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad port %v", s))
	}
}

func configure(s string) lisette.Result[int, string] {
	defer fmt.Println("config closed")
	res := parse_port(s)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	port := res.OkVal
	fmt.Println("port ok")
	return lisette.MakeResultOk[int, string](port + 1)
}

func main() {
	fmt.Println(configure("8080"))
	fmt.Println(configure("http"))
}
