package sample

import (
	"context"

	"vendordesk/backend"
)

// rival is one entry of the market-research register.
type rival struct {
	key                               string
	name, product                     text
	web                               string
	strengths, weaknesses, price, why text
}

var rivals = []rival{
	{key: "cloud", name: text{"云工厂科技有限公司", "CloudPlant Inc"}, product: text{"云工厂 SaaS", "CloudPlant SaaS"}, web: "cloudplant.example",
		strengths:  text{"- 按年订阅，起步便宜\n- 甘特图**拖拽排产**", "- Yearly subscription, cheap to start\n- **Drag-and-drop** Gantt scheduling"},
		weaknesses: text{"- 不支持私有化部署\n- 二次开发受限", "- No on-premise option\n- Little room for customisation"},
		price:      text{"每用户每月 99 元", "$15 per user per month"},
		why:        text{"新源新材在比较；瓯江鞋业已转用。", "Northgate is comparing it; Mersey moved to it."}},
	{key: "fabrix", name: text{"杭州智远软件有限公司", "Fabrix Systems GmbH"}, product: text{"智远 MES", "Fabrix MES"}, web: "fabrix.example",
		strengths:  text{"- 汽车零部件行业案例多", "- Many automotive references"},
		weaknesses: text{"- 实施周期长，通常半年以上\n- 报价高", "- Long projects, often over six months\n- Expensive"},
		price:      text{"项目制，80 万元起", "Per project, from $120,000"}},
	{key: "open", name: text{"OpenMES 开源社区", "OpenMES community"}, product: text{"OpenMES", "OpenMES"}, web: "openmes.example",
		strengths:  text{"- 免费，源码开放", "- Free and open source"},
		weaknesses: text{"- 没有商业支持\n- 中文文档少", "- No commercial support\n- Thin documentation"},
		price:      text{"免费", "Free"}},
}

// addCompetitors fills the market-research register (requirements cite it, so it comes first).
func (v *vendor) addCompetitors(ctx context.Context) error {
	for _, r := range rivals {
		c, err := v.s.Competitors.Create(ctx, backend.Competitor{Name: r.name.in(v.l), Product: r.product.in(v.l), Website: r.web,
			Strengths: r.strengths.in(v.l), Weaknesses: r.weaknesses.in(v.l), PriceNotes: r.price.in(v.l), Notes: r.why.in(v.l)})
		if err != nil {
			return err
		}
		v.competitors[r.key] = c.ID
	}
	return nil
}
