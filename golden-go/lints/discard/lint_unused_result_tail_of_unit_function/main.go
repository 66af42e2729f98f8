package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func write_log(line string) lisette.Result[struct{}, string] {
	fmt.Println("log:", line)
	return lisette.MakeResultOk[struct{}, string](struct{}{})
}

func record(event string) {
	fmt.Println("event", event)
	_ = write_log(event)
}

func main() {
	record("login")
}
