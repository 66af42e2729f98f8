package traffic

type LightTag int

const (
	LightRed LightTag = iota
	LightAmber
	LightGreen
)

type Light struct {
	Tag LightTag
}

func (v Light) String() string {
	switch v.Tag {
	case LightRed:
		return "Light.Red"
	case LightAmber:
		return "Light.Amber"
	}
	return "Light.Green"
}

func After(l Light) Light {
	switch l.Tag {
	case LightRed:
		return Light{Tag: LightGreen}
	case LightGreen:
		return Light{Tag: LightAmber}
	case LightAmber:
		return Light{Tag: LightRed}
	}
	panic("unreachable")
}
