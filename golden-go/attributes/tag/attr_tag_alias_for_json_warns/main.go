package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Member struct {
	Id int `json:"uid"`
}

func (v Member) String() string {
	return "Member { id: " + lisette.FormatValue(v.Id) + " }"
}

func main() {
	fmt.Println(Member{Id: 1})
}
