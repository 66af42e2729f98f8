package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Stats struct {
	User_id   int    `json:"userId"`
	Big_count int64  `json:"bigCount,string"`
	LastName  string `json:"last_name"`
}

func (v Stats) String() string {
	return "Stats { user_id: " + lisette.FormatValue(v.User_id) + ", big_count: " + lisette.FormatValue(v.Big_count) + ", lastName: " + lisette.FormatValue(v.LastName) + " }"
}

func main() {
	s := Stats{User_id: 1, Big_count: 42, LastName: "Lee"}
	subject := lisette.ResultOf(json.Marshal(s))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
		back := Stats{User_id: 0, Big_count: 0, LastName: ""}
		subject2 := lisette.ResultOfErr(json.Unmarshal(b, &back))
		if subject2.Tag == lisette.ResultOk {
			fmt.Println(back)
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
