package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type User struct {
	name  string
	age   int
	admin bool
}

func (v User) String() string {
	return "User { name: " + lisette.FormatValue(v.name) + ", age: " + lisette.FormatValue(v.age) + ", admin: " + lisette.FormatValue(v.admin) + " }"
}

func main() {
	u := User{name: "ann", age: 3, admin: false}
	v := User{name: "say \"hi\"", age: 40, admin: true}
	w := User{name: "", age: 0, admin: false}
	fmt.Println(u)
	fmt.Println(v)
	fmt.Println(w)
}
