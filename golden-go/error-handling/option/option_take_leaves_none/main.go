package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	pending := lisette.MakeOptionSome[string]("send report")
	job := pending.Take()
	fmt.Println(job)
	fmt.Println(pending)
	again := pending.Take()
	fmt.Println(again)
}
