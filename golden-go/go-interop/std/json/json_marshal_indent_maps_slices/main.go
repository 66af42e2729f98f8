package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	scores := map[string][]int{}
	scores["zoe"] = []int{7, 9}
	scores["adam"] = []int{10}
	scores["mia"] = []int{}
	subject := lisette.ResultOf(json.MarshalIndent(scores, "", "  "))
	if subject.Tag == lisette.ResultOk {
		data := subject.OkVal
		fmt.Println(string(data))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := lisette.ResultOf(json.Marshal([]string{"a", "b\"q", "<tag>"}))
	if subject2.Tag == lisette.ResultOk {
		data := subject2.OkVal
		fmt.Println(string(data))
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOf(json.Marshal(3.0))
	if subject3.Tag == lisette.ResultOk {
		data := subject3.OkVal
		fmt.Println(string(data))
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
}
