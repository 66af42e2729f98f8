package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	src := []byte("{\"name\": \"lis\",   \"tags\": [\"go\",  \"lang\"], \"meta\": {}}")
	pretty := bytes.Buffer{}
	subject := lisette.ResultOfErr(json.Indent(&pretty, src, "> ", "\t"))
	if subject.Tag == lisette.ResultOk {
		fmt.Println(pretty.String())
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	small := bytes.Buffer{}
	subject2 := lisette.ResultOfErr(json.Compact(&small, src))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println(small.String(), small.Len())
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	broken := bytes.Buffer{}
	subject3 := lisette.ResultOfErr(json.Compact(&broken, []byte("{\"a\": }")))
	if subject3.Tag == lisette.ResultOk {
		fmt.Println("compacted?")
	} else {
		e := subject3.ErrVal
		fmt.Println("error:", e)
	}
}
