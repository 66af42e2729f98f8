package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Owner struct {
	User_id int    `json:"userId" db:"user_id"`
	Name    string `json:"name,omitempty" db:"owner_name"`
}

func (v Owner) String() string {
	return "Owner { user_id: " + lisette.FormatValue(v.User_id) + ", name: " + lisette.FormatValue(v.Name) + " }"
}

func main() {
	fmt.Println(Owner{User_id: 5, Name: "x"}.User_id)
}
