package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("{name}", "Ann", "{item}", "teapot", "{qty}", "2")
	subject := lisette.ResultOf(r.WriteString(os.Stdout, "Dear {name}, your {qty} x {item} shipped.\n"))
	if subject.Tag == lisette.ResultOk {
		n := subject.OkVal
		fmt.Println("wrote", n, "bytes")
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}
