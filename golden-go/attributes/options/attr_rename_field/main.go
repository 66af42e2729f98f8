package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type User struct {
	Id   int    `json:"uid"`
	Name string `json:"name"`
}

func (v User) String() string {
	return "User { id: " + lisette.FormatValue(v.Id) + ", name: " + lisette.FormatValue(v.Name) + " }"
}

func main() {
	fmt.Println(User{Id: 3, Name: "bo"})
}
