package main

import (
	"encoding/base64"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	sb := strings.Builder{}
	enc := base64.NewEncoder(base64.StdEncoding, &sb)
	fmt.Fprint(enc, "hello, ")
	fmt.Fprint(enc, "world!")
	fmt.Println("before close:", sb.String())
	subject := lisette.ResultOfErr(enc.Close())
	if subject.Tag == lisette.ResultOk {
		fmt.Println("after close:", sb.String())
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
