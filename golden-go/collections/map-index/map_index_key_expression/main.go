package main

import "fmt"

func main() {
	env := map[string]string{}
	prefix := "app_"
	env[prefix+"mode"] = "prod"
	env[prefix+"port"] = "80"
	fmt.Println(env["app_mode"], env[prefix+"port"], len(env))
}
