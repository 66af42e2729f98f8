package main

import (
	"cmp"
	"fmt"
)

func setting(flag, env string) string {
	return cmp.Or(flag, env, "default")
}

func main() {
	fmt.Println(setting("", ""), setting("", "from-env"), setting("cli", "from-env"))
	fmt.Println(cmp.Or(0, 0, 7, 9), cmp.Or(0.0, 0.0), cmp.Or(false, true))
}
